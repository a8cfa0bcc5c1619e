package io.proficio.xapi.http;

import io.proficio.domain.statement.XapiSource;
import io.proficio.xapi.statement.XapiVersion;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated xAPI source of this request and the xAPI version it speaks. */
@RequestScoped
public class CurrentSource {

    private XapiSource source;
    private XapiVersion version = XapiVersion.V1_0_3;

    void set(XapiSource authenticated) {
        this.source = authenticated;
    }

    void speaks(XapiVersion requested) {
        this.version = requested;
    }

    public XapiSource source() {
        if (source == null) {
            throw new XapiRejected(XapiError.CREDENTIALS_MISSING,
                    "Send the credentials of an xAPI source (HTTP Basic).");
        }
        return source;
    }

    public XapiVersion version() {
        return version;
    }
}
