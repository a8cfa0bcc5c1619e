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

<section aria-labelledby="plan">
  <h2 id="plan">Your plan</h2>
  <c:if test="${empty p.planItems()}"><p class="muted">Your performance plan sets no targets here yet.</p></c:if>
  <c:if test="${not empty p.planItems()}">
  <table class="plan">
    <thead><tr><th scope="col">Target</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Progress</th></tr></thead>
    <tbody>
    <c:forEach var="line" items="${p.planItems()}">
      <tr class="<c:out value='${line.item().status().value()}'/>">
        <th scope="row"><c:out value="${line.target()}"/></th>
        <td><c:out value="${line.item().dueDate()}"/></td>
        <td><span class="badge"><c:out value="${line.item().status().value()}"/></span></td>
        <td><progress max="100" value="${Math.round(line.item().progressFraction() * 100)}"></progress>
          ${Math.round(line.item().progressFraction() * 100)}%</td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
  </c:if>
</section>

<section aria-labelledby="certifications">
  <h2 id="certifications">Your certifications</h2>
  <c:if test="${empty p.certifications()}"><p class="muted">No certification yet.</p></c:if>
  <ul class="certifications">
    <c:forEach var="c" items="${p.certifications()}">
      <li><strong><c:out value="${c.name()}"/></strong>
        <span class="badge <c:out value='${c.award().status().value()}'/>"><c:out value="${c.award().status().value()}"/></span>
        <span class="muted">since <c:out value="${c.award().awardedAt()}"/><c:if test="${c.award().expiresAt().isPresent()}">,
          valid until <c:out value="${c.award().expiresAt().get()}"/></c:if></span></li>
    </c:forEach>
  </ul>
</section>

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
