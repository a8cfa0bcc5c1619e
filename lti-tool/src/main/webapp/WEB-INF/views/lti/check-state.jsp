<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Proficio: checking the launch</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
  <script src="${pageContext.request.contextPath}/static/lti-storage.js"></script>
</head>
<body>
<main id="lti-check-state" data-state="<c:out value='${state}'/>" data-key="<c:out value='${storageKey}'/>"
      data-target="<c:out value='${storageTarget}'/>" data-origin="<c:out value='${platformOrigin}'/>">
  <p>Checking the launch with your learning platform…</p>
  <form method="post" action="${pageContext.request.contextPath}/lti/launch">
    <input type="hidden" name="id_token" value="<c:out value='${idToken}'/>">
    <input type="hidden" name="state" value="<c:out value='${state}'/>">
    <input type="hidden" name="<c:out value='${verifiedField}'/>" value="1">
    <noscript><p>Proficio needs JavaScript to finish signing in inside the platform.</p></noscript>
  </form>
  <div id="lti-storage-error" role="alert" hidden>
    <p>The launch could not be checked: <span data-reason></span> Start it again from the course.</p>
  </div>
</main>
</body>
</html>
