package io.proficio.application.fakes;

import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.tenant.TenantId;

/**
 * A tenant's underwriting framework, shaped like the demo package, with the default five-level
 * scale; each competency's id is its code.
 * <pre>
 *   UW              Underwriting
 *   ├── UW.RISK     Risk assessment
 *   │   ├── UW.RISK.ID      Identify risks
 *   │   └── UW.RISK.PRICE   Price risks
 *   └── UW.DEALS    Deal making
 *       ├── UW.DEALS.TERMS  Negotiate terms
 *       └── UW.DEALS.CLOSE  Close deals
 * </pre>
 * The edges are stored in the reverse of framework order, as a database may return them.
 */
public final class Underwriting {

    public static final String UW = "UW";
    public static final String RISK = "UW.RISK";
    public static final String RISK_ID = "UW.RISK.ID";
    public static final String RISK_PRICE = "UW.RISK.PRICE";
    public static final String DEALS = "UW.DEALS";
    public static final String DEALS_TERMS = "UW.DEALS.TERMS";
    public static final String DEALS_CLOSE = "UW.DEALS.CLOSE";

    public final FrameworkId id;

    private Underwriting(FrameworkId id) {
        this.id = id;
    }

    public static Underwriting in(InMemoryFrameworkRepository frameworks, TenantId tenantId) {
        FrameworkId id = frameworks.framework(tenantId, "uw-case-document");
        Competency uw = frameworks.competency(tenantId, id, UW, "Underwriting");
        Competency risk = frameworks.competency(tenantId, id, RISK, "Risk assessment");
        Competency riskId = frameworks.competency(tenantId, id, RISK_ID, "Identify risks");
        Competency riskPrice = frameworks.competency(tenantId, id, RISK_PRICE, "Price risks");
        Competency deals = frameworks.competency(tenantId, id, DEALS, "Deal making");
        Competency dealsTerms = frameworks.competency(tenantId, id, DEALS_TERMS, "Negotiate terms");
        Competency dealsClose = frameworks.competency(tenantId, id, DEALS_CLOSE, "Close deals");
        frameworks.childOf(dealsClose, deals);
        frameworks.childOf(dealsTerms, deals);
        frameworks.childOf(riskPrice, risk);
        frameworks.childOf(riskId, risk);
        frameworks.childOf(deals, uw);
        frameworks.childOf(risk, uw);
        return new Underwriting(id);
    }
}
