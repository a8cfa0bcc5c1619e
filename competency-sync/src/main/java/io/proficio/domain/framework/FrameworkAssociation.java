package io.proficio.domain.framework;

import io.proficio.domain.casepkg.CaseAssociation;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A CFAssociation of a framework, of any type, kept as received. Associations carry no Proficio
 * identity of their own outside the framework: an import replaces them all.
 */
@Entity
@Table(name = "framework_association")
public class FrameworkAssociation {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "framework_id")
    private String frameworkId;
    private int position;
    @Column(name = "case_identifier")
    private String caseIdentifier;
    @Column(name = "association_type")
    private String associationType;
    @Column(name = "origin_identifier")
    private String originIdentifier;
    @Column(name = "destination_identifier")
    private String destinationIdentifier;
    @Column(name = "sequence_number")
    private Integer sequenceNumber;
    @Column(name = "association_json")
    private String associationJson;

    protected FrameworkAssociation() {
    }

    public FrameworkAssociation(TenantId tenantId, FrameworkId frameworkId, int position, CaseAssociation association) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.frameworkId = frameworkId.value();
        this.position = position;
        this.caseIdentifier = association.identifier();
        this.associationType = association.type();
        this.originIdentifier = association.origin().identifier();
        this.destinationIdentifier = association.destination().identifier();
        this.sequenceNumber = association.sequenceNumber();
        this.associationJson = association.json().toString();
    }

    public String associationJson() {
        return associationJson;
    }
}
