<%@ include file="_top.jspf" %>
<h1>Competencies in <c:out value="${course.title()}"/></h1>

<section aria-labelledby="tag">
  <h2 id="tag">Tag content with a competency</h2>
  <form method="post" action="${pageContext.request.contextPath}/app/instructor/tags">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <span class="field">
      <label for="tag-type">Content</label>
      <select id="tag-type" name="contentType">
        <option value="xapi-activity">xAPI activity IRI</option>
        <option value="xapi-activity-prefix">xAPI activity IRIs starting with</option>
        <option value="lti-resource-link">LTI resource link id</option>
        <option value="course">this whole course</option>
      </select>
    </span>
    <span class="field">
      <label for="tag-ref">IRI or id</label>
      <input id="tag-ref" name="contentRef" size="40" placeholder="https://example.com/activities/quiz-1">
    </span>
    <span class="field">
      <label for="tag-competency">Competency</label>
      <select id="tag-competency" name="competencyId" required>
        <c:forEach var="c" items="${competencies}">
          <option value="<c:out value='${c.id().value()}'/>"><c:out value="${c.humanCodingScheme()}"/> <c:out value="${c.fullStatement()}"/></option>
        </c:forEach>
      </select>
    </span>
    <span class="field">
      <label for="tag-level">Level</label>
      <input id="tag-level" name="level" type="number" min="1" max="9" required>
    </span>
    <button type="submit">Tag</button>
  </form>
  <table class="tags">
    <thead><tr><th scope="col">Content</th><th scope="col">Competency</th><th scope="col">Level</th></tr></thead>
    <tbody>
    <c:forEach var="t" items="${tags}">
      <tr><td class="content"><c:out value="${t.alignment().content().type().value()}"/>: <c:out value="${t.alignment().content().ref()}"/></td>
        <th scope="row"><c:out value="${t.competency()}"/></th><td>${t.alignment().level()}</td></tr>
    </c:forEach>
    <c:if test="${empty tags}"><tr><td colspan="3" class="muted">Nothing tagged in this course yet.</td></tr></c:if>
    </tbody>
  </table>
</section>

<section aria-labelledby="class">
  <h2 id="class">Class skills matrix</h2>
  <c:if test="${canSyncRoster}">
    <form method="post" action="${pageContext.request.contextPath}/app/instructor/roster">
      <input type="hidden" name="session" value="<c:out value='${session}'/>">
      <button type="submit">Sync the roster from the platform</button>
    </form>
  </c:if>
  <%@ include file="_matrix.jspf" %>
  <c:if test="${canPublish}">
    <form method="post" action="${pageContext.request.contextPath}/app/instructor/gradebook">
      <input type="hidden" name="session" value="<c:out value='${session}'/>">
      <label for="publish-competency">Publish levels in</label>
      <select id="publish-competency" name="competencyId" required>
        <c:forEach var="c" items="${competencies}">
          <option value="<c:out value='${c.id().value()}'/>"><c:out value="${c.label()}"/></option>
        </c:forEach>
      </select>
      <button type="submit">to the gradebook</button>
    </form>
  </c:if>
  <c:if test="${not empty publications}">
    <h3 id="publications">Gradebook publications</h3>
    <ul class="publications" aria-labelledby="publications">
      <c:forEach var="pub" items="${publications}">
        <li data-publication="<c:out value='${pub.id()}'/>"><span class="muted"><c:out value="${pub.publishedAt()}"/></span>
          <strong><c:out value="${competencyLabels[pub.competencyId()]}"/></strong>: <c:out value="${pub.summary()}"/></li>
      </c:forEach>
    </ul>
  </c:if>
</section>
<%@ include file="_bottom.jspf" %>
