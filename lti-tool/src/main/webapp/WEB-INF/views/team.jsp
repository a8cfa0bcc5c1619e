<%@ include file="_top.jspf" %>
<h1>My team's skills</h1>
<%@ include file="_matrix.jspf" %>
<section aria-labelledby="plans">
  <h2 id="plans">Plan items</h2>
  <c:if test="${empty plans}"><p class="muted">No plan items for your team.</p></c:if>
  <c:if test="${not empty plans}">
  <table class="plan">
    <thead><tr><th scope="col">Person</th><th scope="col">Target</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Progress</th></tr></thead>
    <tbody>
    <c:forEach var="plan" items="${plans}">
      <tr class="<c:out value='${plan.line().item().status().value()}'/>">
        <th scope="row"><c:out value="${plan.person().name()}"/></th>
        <td><c:out value="${plan.line().target()}"/></td>
        <td><c:out value="${plan.line().item().dueDate()}"/></td>
        <td><span class="badge"><c:out value="${plan.line().item().status().value()}"/></span></td>
        <td>${Math.round(plan.line().item().progressFraction() * 100)}%</td>
      </tr>
    </c:forEach>
    </tbody>
  </table>
  </c:if>
</section>
<c:if test="${not empty matrix.rows()}">
<section aria-labelledby="rate">
  <h2 id="rate">Rate a report</h2>
  <form method="post" action="${pageContext.request.contextPath}/app/team/rating">
    <input type="hidden" name="session" value="<c:out value='${session}'/>">
    <span class="field">
      <label for="rate-person">Person</label>
      <select id="rate-person" name="personId" required>
        <c:forEach var="row" items="${matrix.rows()}">
          <option value="<c:out value='${row.person().id().value()}'/>"><c:out value="${row.person().name()}"/></option>
        </c:forEach>
      </select>
    </span>
    <span class="field">
      <label for="rate-competency">Competency</label>
      <select id="rate-competency" name="competencyId" required>
        <c:forEach var="c" items="${competencies}">
          <option value="<c:out value='${c.id().value()}'/>"><c:out value="${c.humanCodingScheme()}"/> <c:out value="${c.fullStatement()}"/></option>
        </c:forEach>
      </select>
    </span>
    <span class="field">
      <label for="rate-level">Level</label>
      <input id="rate-level" name="level" type="number" min="1" max="9" required>
    </span>
    <button type="submit">Save rating</button>
  </form>
</section>
</c:if>
<%@ include file="_bottom.jspf" %>
