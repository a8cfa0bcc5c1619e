<%@ include file="_top.jspf" %>
<h1>Administration</h1>

<section aria-labelledby="frameworks">
  <h2 id="frameworks">Competency frameworks</h2>
  <table>
    <thead><tr><th scope="col">Framework</th><th scope="col">Competencies</th><th scope="col">Version</th></tr></thead>
    <tbody>
    <c:forEach var="f" items="${frameworks}">
      <tr><th scope="row"><c:out value="${f.framework().title()}"/></th><td>${f.competencyCount()}</td>
        <td><c:out value="${f.framework().version()}"/></td></tr>
    </c:forEach>
    </tbody>
  </table>
  <form method="post" action="${pageContext.request.contextPath}/app/admin/frameworks">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <label for="case-package">CASE 1.0 package (JSON)</label>
    <textarea id="case-package" name="package" rows="4" cols="60" required></textarea>
    <button type="submit">Import</button>
  </form>
  <p class="muted">Scales: <code>PUT /api/v1/frameworks/{id}/scale</code>.</p>
</section>

<section aria-labelledby="roles">
  <h2 id="roles">Role profiles</h2>
  <c:if test="${empty roles}"><p class="muted">None yet; create them with <code>POST /api/v1/roles</code>.</p></c:if>
  <ul>
    <c:forEach var="r" items="${roles}">
      <li><strong><c:out value="${r.name()}"/></strong>:
        <c:forEach var="s" items="${r.stages()}" varStatus="i"><c:out value="${s.name()}"/>${i.last ? '' : ' → '}</c:forEach></li>
    </c:forEach>
  </ul>
</section>

<section aria-labelledby="platforms">
  <h2 id="platforms">Learning platforms (LTI 1.3)</h2>
  <table>
    <thead><tr><th scope="col">Issuer</th><th scope="col">Client id</th><th scope="col">Deployments</th><th scope="col">New deployments</th></tr></thead>
    <tbody>
    <c:forEach var="p" items="${platforms}">
      <tr><th scope="row"><c:out value="${p.platform().issuer()}"/></th><td><c:out value="${p.platform().clientId()}"/></td>
        <td><c:forEach var="d" items="${p.deployments()}"><c:out value="${d.deploymentId()}"/> (<c:out value="${d.origin()}"/>) </c:forEach></td>
        <td>${p.platform().acceptsNewDeployments() ? 'accepted' : 'refused'}</td></tr>
    </c:forEach>
    </tbody>
  </table>
  <form method="post" action="${pageContext.request.contextPath}/app/admin/invitations">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <button type="submit">Make a Dynamic Registration link</button>
  </form>
</section>

<section aria-labelledby="keys">
  <h2 id="keys">Tool keys</h2>
  <p class="muted">Published at <code>/lti/jwks</code>; rotated by the operator (<code>POST /api/v1/tool-keys</code>).</p>
  <table>
    <thead><tr><th scope="col">kid</th><th scope="col">Status</th><th scope="col">Signs from</th></tr></thead>
    <tbody>
    <c:forEach var="k" items="${keys}">
      <tr><td class="content"><c:out value="${k.key().kid()}"/></td><td><c:out value="${k.status()}"/></td>
        <td><c:out value="${k.key().signsFrom()}"/></td></tr>
    </c:forEach>
    </tbody>
  </table>
</section>
<%@ include file="_bottom.jspf" %>
