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
</section>

<section aria-labelledby="scales">
  <h2 id="scales">Proficiency scales</h2>
  <c:forEach var="scale" items="${scales}" varStatus="f">
    <form method="post" action="${pageContext.request.contextPath}/app/admin/scale" class="scale">
      <input type="hidden" name="session" value="<c:out value='${session}'/>">
      <input type="hidden" name="frameworkId" value="<c:out value='${scale.frameworkId().value()}'/>">
      <fieldset>
        <legend><c:out value="${frameworks[f.index].framework().title()}"/></legend>
        <c:forEach var="level" items="${scale.levels()}">
          <p><span class="field"><label for="s${f.index}-l${level.number()}">Level ${level.number()}</label>
            <input id="s${f.index}-l${level.number()}" name="label" value="<c:out value='${level.label()}'/>" size="14"></span>
            <span class="field"><label for="s${f.index}-d${level.number()}">described as</label>
            <input id="s${f.index}-d${level.number()}" name="descriptor" value="<c:out value='${level.descriptor()}'/>" size="40"></span></p>
        </c:forEach>
        <p><span class="field"><label for="s${f.index}-new">Add a level</label>
          <input id="s${f.index}-new" name="label" size="14"></span>
          <input name="descriptor" size="40" aria-label="Its description"></p>
        <p><span class="field"><label for="s${f.index}-p">Proficient from level</label>
          <input id="s${f.index}-p" name="proficientLevel" type="number" min="1" max="9" value="${scale.proficientLevel()}" required></span>
          <button type="submit">Save the scale</button></p>
      </fieldset>
    </form>
  </c:forEach>
  <p class="muted">A label left empty removes its level; levels asked by a role stage or an alignment cannot be removed.</p>
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
  <form method="post" action="${pageContext.request.contextPath}/app/admin/roles">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <span class="field"><label for="role-name">New role</label><input id="role-name" name="name" required size="30"></span>
    <span class="field"><label for="role-description">Description</label><input id="role-description" name="description" size="40"></span>
    <label for="role-stages">Stages, lowest first, one a line: <code>Name: CODE=level, CODE=level</code></label>
    <textarea id="role-stages" name="stages" rows="4" cols="70" required placeholder="Junior underwriter: UW.RISK.1=2, UW.PRICE.1=1"></textarea>
    <button type="submit">Create the role profile</button>
  </form>
  <p class="muted">Changing a role later: <code>PUT /api/v1/roles/{id}</code>.</p>
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
