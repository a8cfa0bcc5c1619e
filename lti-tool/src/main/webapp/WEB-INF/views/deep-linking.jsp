<%@ include file="_top.jspf" %>
<h1>Add Proficio to the course</h1>
<form method="post" action="${pageContext.request.contextPath}/app/deep-linking" class="picker">
  <input type="hidden" name="session" value="<c:out value='${session}'/>">
  <fieldset>
    <legend>Choose what to add</legend>
    <c:set var="kind" value="${deepLinking.acceptMultiple() ? 'checkbox' : 'radio'}"/>
    <p><label><input type="${kind}" name="item" value="profile"> The competency profile (levels, gaps, recommendations)</label></p>
    <c:forEach var="c" items="${competencies}">
      <p><label><input type="${kind}" name="item" value="competency:<c:out value='${c.id().value()}'/>">
        Progress in <c:out value="${c.humanCodingScheme()}"/> <c:out value="${c.fullStatement()}"/></label></p>
    </c:forEach>
  </fieldset>
  <c:if test="${not empty content}">
    <fieldset>
      <legend>Competency-tagged content</legend>
      <c:forEach var="t" items="${content}">
        <p><label><input type="${kind}" name="item" value="content:<c:out value='${t.alignment().id().value()}'/>">
          <span class="content"><c:out value="${t.alignment().content().ref()}"/></span>
          <span class="muted">(<c:out value="${t.competency()}"/>, level ${t.alignment().level()})</span></label></p>
      </c:forEach>
    </fieldset>
  </c:if>
  <c:if test="${deepLinking.acceptLineItem()}">
    <p><label><input type="checkbox" name="lineItem"> Create a gradebook column for each competency item (scored in levels)</label></p>
  </c:if>
  <button type="submit">Add to the course</button>
</form>
<%@ include file="_bottom.jspf" %>
