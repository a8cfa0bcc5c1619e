<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Proficio</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
</head>
<body>
<main class="refusal" data-error-code="<c:out value='${code}'/>">
  <h1>Proficio cannot show this page</h1>
  <p><c:out value="${message}"/></p>
  <c:if test="${not empty answer}">
    <p>The platform answered: <strong class="platform-answer"><c:out value="${answer}"/></strong></p>
    <h2>What to check</h2>
  </c:if>
  <c:if test="${not empty problems}">
    <ul><c:forEach var="problem" items="${problems}"><li><c:out value="${problem}"/></li></c:forEach></ul>
  </c:if>
  <p class="muted">Code <code><c:out value="${code}"/></code> (HTTP <c:out value="${status}"/>)</p>
</main>
</body>
</html>
