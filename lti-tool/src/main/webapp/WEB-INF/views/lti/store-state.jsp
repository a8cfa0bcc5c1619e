<%@ page contentType="text/html;charset=UTF-8" session="false" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Proficio: signing in</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/proficio.css">
  <script src="${pageContext.request.contextPath}/static/lti-storage.js"></script>
</head>
<body>
<main id="lti-store-state" data-state="<c:out value='${state}'/>" data-key="<c:out value='${storageKey}'/>"
      data-target="<c:out value='${storageTarget}'/>" data-origin="<c:out value='${platformOrigin}'/>"
      data-next="<c:out value='${next}'/>">
  <p>Signing in through your learning platform…</p>
  <div id="lti-storage-error" role="alert" hidden>
    <p>Proficio could not store its sign-in state with the platform: <span data-reason></span></p>
    <p><a href="<c:out value='${next}'/>" target="_blank" rel="noopener">Open Proficio in a new window</a></p>
  </div>
</main>
</body>
</html>
