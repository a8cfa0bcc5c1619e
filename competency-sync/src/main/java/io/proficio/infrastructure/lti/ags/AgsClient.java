package io.proficio.infrastructure.lti.ags;

import io.proficio.infrastructure.lti.AccessTokens;
import io.proficio.infrastructure.lti.Fields;
import io.proficio.infrastructure.lti.LtiServiceSettings;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ServiceCalls;
import io.proficio.infrastructure.lti.Urls;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assignment and Grade Services 2.0: line items (§3.2), results (§3.3) and scores (§3.4), at the
 * {@code lineitems} and {@code lineitem} URLs of the launch's AGS claim. Each call asks for the
 * narrowest scope that allows it, so it works with whatever subset of scopes the platform granted.
 */
public final class AgsClient {

    public static final String SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    public static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    public static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    private static final Set<String> READ_LINE_ITEMS = Set.of(SCOPE_LINEITEM_READONLY);
    private static final Set<String> MANAGE_LINE_ITEMS = Set.of(SCOPE_LINEITEM);
    private static final Set<String> READ_RESULTS = Set.of(SCOPE_RESULT_READONLY);
    private static final Set<String> PUBLISH_SCORES = Set.of(SCOPE_SCORE);

    private final ServiceCalls calls;

    public AgsClient(AccessTokens tokens) {
        this(tokens, LtiServiceSettings.DEFAULT);
    }

    public AgsClient(AccessTokens tokens, LtiServiceSettings settings) {
        this.calls = new ServiceCalls(tokens, settings);
    }

    /**
     * The context's line items, all pages joined, filtered by the platform (§3.2 query parameters
     * {@code resource_link_id}, {@code resource_id}, {@code tag}). Scope {@code lineitem.readonly}.
     *
     * @param lineItemsUrl   the AGS claim's {@code lineitems}; never null
     * @param resourceLinkId only line items bound to this resource link; empty for any
     * @param resourceId     only line items with this resourceId; empty for any
     * @param tag            only line items with this tag; empty for any
     */
    public List<LineItem> lineItems(PlatformCredentials platform, URI lineItemsUrl, Optional<String> resourceLinkId,
                                    Optional<String> resourceId, Optional<String> tag) {
        return lineItems(platform, READ_LINE_ITEMS, lineItemsUrl, resourceLinkId, resourceId, tag);
    }

    /** Creates a line item (§3.2, POST to the container) and returns it with its id. Scope {@code lineitem}. */
    public LineItem create(PlatformCredentials platform, URI lineItemsUrl, NewLineItem item) {
        Objects.requireNonNull(lineItemsUrl, "lineItemsUrl");
        return calls.read(calls.post(platform, MANAGE_LINE_ITEMS, lineItemsUrl, LINE_ITEM, Optional.of(LINE_ITEM),
                item.toJsonObject()), LineItem::parse);
    }

    /**
     * The line item with the same resourceId and resourceLinkId as {@code item}, created when there is
     * none, so that calling it again does not add a column. The lookup filters on the platform and
     * again here, as some platforms ignore the filters. Two callers racing on the same item may still
     * both create one; serialize calls per resource where that matters. Scope {@code lineitem}.
     *
     * @param item what to look for and create; needs a resourceId or a resourceLinkId
     */
    public LineItem findOrCreate(PlatformCredentials platform, URI lineItemsUrl, NewLineItem item) {
        if (item.resourceId().isEmpty() && item.resourceLinkId().isEmpty()) {
            throw new IllegalArgumentException("findOrCreate needs a resourceId or a resourceLinkId to find the line item by.");
        }
        return findOrCreate(platform, lineItemsUrl, item, item.resourceLinkId(), item::sameResourceAs);
    }

    /**
     * The first line item with {@code item}'s resourceId, whatever resource link it is bound to (one a deep
     * link created with the link counts), created unbound when there is none. Scope {@code lineitem}.
     *
     * @param item what to look for and create; needs a resourceId
     */
    public LineItem findByResourceIdOrCreate(PlatformCredentials platform, URI lineItemsUrl, NewLineItem item) {
        if (item.resourceId().isEmpty()) {
            throw new IllegalArgumentException("findByResourceIdOrCreate needs a resourceId to find the line item by.");
        }
        return findOrCreate(platform, lineItemsUrl, item, Optional.empty(),
                existing -> item.resourceId().equals(existing.resourceId()));
    }

    private LineItem findOrCreate(PlatformCredentials platform, URI lineItemsUrl, NewLineItem item,
                                  Optional<String> resourceLinkId, Predicate<LineItem> same) {
        return lineItems(platform, MANAGE_LINE_ITEMS, lineItemsUrl, resourceLinkId, item.resourceId(), Optional.empty())
                .stream()
                .filter(same)
                .findFirst()
                .orElseGet(() -> create(platform, lineItemsUrl, item));
    }

    /** One line item by its URL (§3.2). Scope {@code lineitem.readonly}. */
    public LineItem get(PlatformCredentials platform, URI lineItemUrl) {
        Objects.requireNonNull(lineItemUrl, "lineItemUrl");
        return calls.get(platform, READ_LINE_ITEMS, lineItemUrl, LINE_ITEM, LineItem::parse);
    }

    /**
     * Publishes a score (§3.4): POST to the line item's URL with {@code /scores} appended to its path,
     * keeping any query string. Scope {@code score}.
     */
    public void postScore(PlatformCredentials platform, URI lineItemUrl, Score score) {
        calls.post(platform, PUBLISH_SCORES, Urls.appendPath(lineItemUrl, "scores"), SCORE, Optional.empty(),
                score.toJsonObject());
    }

    /**
     * The line item's results (§3.3): GET its URL with {@code /results} appended, all pages joined.
     * Scope {@code result.readonly}.
     *
     * @param userId only this user's result; empty for everyone's
     */
    public List<Result> results(PlatformCredentials platform, URI lineItemUrl, Optional<String> userId) {
        URI url = Urls.withParameter(Urls.appendPath(lineItemUrl, "results"), "user_id", userId);
        return calls.pages(platform, READ_RESULTS, url, RESULT_CONTAINER, body -> Fields.array(body, "result container").stream()
                        .map(result -> Result.parse(Fields.object(result, "result")))
                        .toList())
                .stream()
                .flatMap(List::stream)
                .toList();
    }

    private List<LineItem> lineItems(PlatformCredentials platform, Set<String> scopes, URI lineItemsUrl,
                                     Optional<String> resourceLinkId, Optional<String> resourceId, Optional<String> tag) {
        URI url = Urls.withParameter(lineItemsUrl, "resource_link_id", resourceLinkId);
        url = Urls.withParameter(url, "resource_id", resourceId);
        url = Urls.withParameter(url, "tag", tag);
        return calls.pages(platform, scopes, url, LINE_ITEM_CONTAINER, body -> Fields.array(body, "line item container").stream()
                        .map(LineItem::parse)
                        .toList())
                .stream()
                .flatMap(List::stream)
                .toList();
    }
}
