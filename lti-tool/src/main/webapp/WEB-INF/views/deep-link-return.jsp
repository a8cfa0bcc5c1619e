<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Proficio: returning to the platform</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
  <script src="${pageContext.request.contextPath}/static/auto-submit.js"></script>
</head>
<body>
<main>
  <form method="post" action="<c:out value='${returnUrl}'/>" data-auto-submit>
    <input type="hidden" name="JWT" value="<c:out value='${jwt}'/>">
    <p>Returning your choice to the platform…</p>
    <noscript><button type="submit">Continue</button></noscript>
  </form>
</main>
</body>
</html>
