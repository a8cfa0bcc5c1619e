<%@ include file="_top.jspf" %>
<c:set var="p" value="${profile}"/>
<h1>Competency profile of <c:out value="${p.person().name()}"/></h1>
<c:choose>
  <c:when test="${p.gaps().isPresent()}">
    <c:set var="report" value="${p.gaps().get()}"/>
    <p>Role: <strong><c:out value="${report.role().name()}"/></strong></p>
    <c:forEach var="part" items="${[report.current(), report.next()]}" varStatus="i">
      <c:if test="${part != null}">
        <section aria-labelledby="stage-${i.index}">
          <h2 id="stage-${i.index}">${i.index == 0 ? 'Your stage' : 'Next stage'}: <c:out value="${part.stage().name()}"/>
            <c:if test="${part.met()}"><span class="badge met">met</span></c:if></h2>
          <table class="gaps">
            <thead><tr><th scope="col">Competency</th><th scope="col">Required</th><th scope="col">You</th><th scope="col">Gap</th></tr></thead>
            <tbody>
            <c:forEach var="line" items="${part.gaps()}">
              <tr class="${line.gap().met() ? 'met' : 'open'}">
                <th scope="row"><c:out value="${line.competency().humanCodingScheme()}"/> <c:out value="${line.competency().fullStatement()}"/></th>
                <td>${line.gap().required()}</td><td>${line.gap().current()}</td><td>${line.gap().gap()}</td>
              </tr>
            </c:forEach>
            </tbody>
          </table>
        </section>
      </c:if>
    </c:forEach>
  </c:when>
  <c:otherwise><p>You are not placed in a role yet, so there are no gaps to show. Your levels are below.</p></c:otherwise>
</c:choose>

<section aria-labelledby="recommended">
  <h2 id="recommended">Recommended for you</h2>
  <c:if test="${empty p.recommendations()}"><p class="muted">Nothing to recommend right now.</p></c:if>
  <ol class="recommendations">
    <c:forEach var="r" items="${p.recommendations()}">
      <li><span class="content"><c:out value="${r.candidate().contentRef()}"/></span>
        <span class="muted">(<c:out value="${r.candidate().contentType()}"/>)</span><br><c:out value="${r.reason()}"/></li>
    </c:forEach>
  </ol>
</section>

<section aria-labelledby="levels">
  <h2 id="levels">Your levels</h2>
  <c:if test="${empty p.levels()}"><p class="muted">No evidence yet.</p></c:if>
  <c:if test="${not empty p.levels()}">
  <table>
    <thead><tr><th scope="col">Competency</th><th scope="col">Level</th></tr></thead>
    <tbody>
    <c:forEach var="h" items="${p.levels()}">
      <tr><th scope="row"><c:out value="${h.competency().humanCodingScheme()}"/> <c:out value="${h.competency().fullStatement()}"/></th>
        <td class="level level-${h.proficiency().level()}">${h.proficiency().level()}</td></tr>
    </c:forEach>
    </tbody>
  </table>
  </c:if>
</section>

<c:if test="${p.gaps().isPresent()}">
<section aria-labelledby="self-rating">
  <h2 id="self-rating">Rate yourself</h2>
  <form method="post" action="${pageContext.request.contextPath}/app/learner/self-rating">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <span class="field">
      <label for="rate-competency">Competency</label>
      <select id="rate-competency" name="competencyId" required>
        <c:forEach var="part" items="${[p.gaps().get().current(), p.gaps().get().next()]}">
          <c:if test="${part != null}">
            <c:forEach var="line" items="${part.gaps()}">
              <option value="<c:out value='${line.competency().id().value()}'/>"><c:out value="${line.competency().humanCodingScheme()}"/> <c:out value="${line.competency().fullStatement()}"/></option>
            </c:forEach>
          </c:if>
        </c:forEach>
      </select>
    </span>
    <span class="field">
      <label for="rate-level">Level</label>
      <input id="rate-level" name="level" type="number" min="1" max="9" required>
    </span>
    <button type="submit">Save my rating</button>
  </form>
</section>
</c:if>
<%@ include file="_bottom.jspf" %>
