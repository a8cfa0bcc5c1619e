<%@ include file="_top.jspf" %>
<h1>Dynamic Registration link</h1>
<p>Paste this link into the LMS (Moodle: Site administration › Plugins › Manage tools › Tool URL;
  Canvas: Developer Keys › + LTI Registration). It works once, until <c:out value="${expiresAt}"/>.</p>
<p><input id="registration-url" readonly size="90" value="<c:out value='${registrationUrl}'/>" aria-label="Registration link"></p>
<p><a href="${pageContext.request.contextPath}/app/admin?session=<c:out value='${session}'/>">Back to administration</a></p>
<%@ include file="_bottom.jspf" %>
