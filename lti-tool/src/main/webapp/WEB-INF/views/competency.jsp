<%@ include file="_top.jspf" %>
<c:set var="f" value="${focus}"/>
<p><a href="${pageContext.request.contextPath}/app/learner?session=<c:out value='${session}'/>">Competency profile of <c:out value="${f.person().name()}"/></a></p>
<h1 data-competency="<c:out value='${f.competency().id().value()}'/>"><c:out value="${f.competency().humanCodingScheme()}"/> <c:out value="${f.competency().fullStatement()}"/></h1>

<section aria-labelledby="level">
  <h2 id="level">Your level</h2>
  <c:choose>
    <c:when test="${f.held().isPresent()}">
      <c:set var="held" value="${f.held().get().proficiency()}"/>
      <p class="level level-${held.level()}"><strong>Level ${held.level()}</strong>
        <c:forEach var="l" items="${f.scale().levels()}"><c:if test="${l.number() == held.level()}"> — <c:out value="${l.label()}"/>:
          <c:out value="${l.descriptor()}"/></c:if></c:forEach>
        <c:if test="${held.isProvisional()}"><span class="badge">awaits your manager</span></c:if>
        <c:if test="${held.isRolledUp()}"><span class="badge">from its parts</span></c:if></p>
    </c:when>
    <c:otherwise><p class="muted">No level yet: there is no evidence of this competency for you.</p></c:otherwise>
  </c:choose>
  <table class="scale">
    <thead><tr><th scope="col">Level</th><th scope="col">Label</th><th scope="col">What it means</th></tr></thead>
    <tbody>
    <c:forEach var="l" items="${f.scale().levels()}">
      <tr class="${l.number() == f.scale().proficientLevel() ? 'proficient' : ''}"><td>${l.number()}</td>
        <td><c:out value="${l.label()}"/></td><td><c:out value="${l.descriptor()}"/></td></tr>
    </c:forEach>
    </tbody>
  </table>
</section>

<section aria-labelledby="gaps">
  <h2 id="gaps">What your role asks</h2>
  <c:if test="${empty f.requirements()}"><p class="muted">Your role stages ask nothing of this competency, or you are not placed in a role yet.</p></c:if>
  <c:if test="${not empty f.requirements()}">
  <table class="gaps">
    <thead><tr><th scope="col">Stage</th><th scope="col">Required</th><th scope="col">You</th><th scope="col">Gap</th></tr></thead>
    <tbody>
    <c:forEach var="r" items="${f.requirements()}">
      <tr class="${r.gap().met() ? 'met' : 'open'}"><th scope="row">${r.current() ? 'Your stage' : 'Next stage'}: <c:out value="${r.stage()}"/></th>
        <td>${r.gap().required()}</td><td>${r.gap().current()}</td><td>${r.gap().gap()}</td></tr>
    </c:forEach>
    </tbody>
  </table>
  </c:if>
</section>

<section aria-labelledby="content">
  <h2 id="content">Recommended content</h2>
  <c:if test="${empty f.content()}"><p class="muted">Nothing is tagged with this competency above your level yet.</p></c:if>
  <ol class="recommendations">
    <c:forEach var="t" items="${f.content()}">
      <li><span class="content"><c:out value="${t.alignment().content().ref()}"/></span>
        <span class="muted">(<c:out value="${t.alignment().content().type().value()}"/>)</span>
        evidences level ${t.alignment().level()}<c:if test="${t.done()}"> <span class="badge met">done</span></c:if></li>
    </c:forEach>
  </ol>
</section>

<section aria-labelledby="evidence">
  <h2 id="evidence">Your evidence</h2>
  <c:if test="${empty f.evidence()}"><p class="muted">No evidence yet.</p></c:if>
  <c:if test="${not empty f.evidence()}">
  <table class="evidence">
    <thead><tr><th scope="col">Observed</th><th scope="col">Level</th><th scope="col">From</th></tr></thead>
    <tbody>
    <c:forEach var="e" items="${f.evidence()}">
      <tr><td><c:out value="${e.observedAt()}"/></td><td>${e.level()}</td>
        <td><c:out value="${e.source().value()}"/>: <c:out value="${e.sourceRef()}"/></td></tr>
    </c:forEach>
    </tbody>
  </table>
  </c:if>
</section>
<%@ include file="_bottom.jspf" %>
