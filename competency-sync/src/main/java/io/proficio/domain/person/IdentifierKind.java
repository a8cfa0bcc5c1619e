package io.proficio.domain.person;

/**
 * The kinds of identifier a person can carry, each with the prefix of its text form. The xAPI
 * forms are the inverse functional identifiers of an Agent (xAPI 1.0.3 Data §2.4.2.3).
 */
public enum IdentifierKind {
    /** {@code mailto:jdoe@example.com}: an email address, xAPI {@code mbox}. */
    MBOX("mailto:"),
    /** {@code mbox_sha1sum:<40 hex>}: the SHA-1 of a {@code mailto:} IRI, xAPI {@code mbox_sha1sum}. */
    MBOX_SHA1SUM("mbox_sha1sum:"),
    /** {@code account:<homePage>|<name>}: an account on a system, xAPI {@code account}. */
    ACCOUNT("account:"),
    /** {@code openid:<uri>}: an OpenID, xAPI {@code openid}. */
    OPENID("openid:"),
    /** {@code lti:<iss>|<sub>}: the LTI 1.3 user of a platform. */
    LTI("lti:"),
    /** {@code hr:<employee id>}: the HR system's employee id. */
    HR("hr:");

    private final String prefix;

    IdentifierKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
