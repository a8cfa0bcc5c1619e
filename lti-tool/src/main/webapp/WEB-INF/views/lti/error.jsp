<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Proficio: launch refused</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
</head>
<body>
<main class="refusal" data-error-code="<c:out value='${code}'/>">
  <h1>Proficio could not open</h1>
  <p><c:out value="${message}"/></p>
  <p class="muted">Error code <code><c:out value="${code}"/></code> (HTTP <c:out value="${status}"/>).
    If launching again from the course does not help, give this code to your platform administrator.</p>
</main>
</body>
</html>
