<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Proficio: registered</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
  <script src="${pageContext.request.contextPath}/static/lti-close.js"></script>
</head>
<body>
<main data-registered="<c:out value='${platformName}'/>">
  <h1>Proficio is registered</h1>
  <p>Proficio is now registered with <c:out value="${platformName}"/>. This window can be closed.</p>
</main>
</body>
</html>
