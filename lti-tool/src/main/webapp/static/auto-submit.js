/* Submits the form marked data-auto-submit as soon as the page is ready (a form post to the platform). */
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var form = document.querySelector('form[data-auto-submit]');
  if (form) {
    form.submit();
  }
});
