/* LTI Dynamic Registration 1.0 §3.6: tell the platform the registration is done so it closes this window. */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*');
});
