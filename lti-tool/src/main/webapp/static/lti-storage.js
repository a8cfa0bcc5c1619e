/*
 * LTI client-side postMessage storage (https://www.imsglobal.org/spec/lti-cs-pm/v0p1), the tool's side:
 * the login page puts the OIDC state into the platform's storage frame, the launch page reads it back
 * and only then posts the launch on. Values come from escaped data attributes, never from script text.
 */
(function () {
  'use strict';

  function targetWindow(name) {
    if (!name || name === '_parent') {
      return window.parent;
    }
    try {
      return window.parent.frames[name] || window.parent;
    } catch (e) {
      return window.parent;
    }
  }

  function fail(reason) {
    var box = document.getElementById('lti-storage-error');
    if (box) {
      box.hidden = false;
      box.querySelector('[data-reason]').textContent = reason;
    }
  }

  function send(element, message, onReply) {
    var id = 'proficio-' + Date.now() + '-' + Math.random().toString(36).slice(2);
    var origin = element.dataset.origin || '*';
    message.message_id = id;
    var timer = setTimeout(function () {
      window.removeEventListener('message', listen);
      fail('The platform did not answer the storage request.');
    }, 5000);
    function listen(event) {
      var data = event.data;
      if ((origin !== '*' && event.origin !== origin) || !data || data.message_id !== id
          || data.subject !== message.subject + '.response') {
        return;
      }
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      if (data.error) {
        fail(data.error.message || data.error.code || 'The platform refused the storage request.');
      } else {
        onReply(data);
      }
    }
    window.addEventListener('message', listen);
    targetWindow(element.dataset.target).postMessage(message, origin);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var store = document.getElementById('lti-store-state');
    if (store) {
      send(store, {subject: 'lti.put_data', key: store.dataset.key, value: store.dataset.state}, function () {
        window.location.replace(store.dataset.next);
      });
    }
    var check = document.getElementById('lti-check-state');
    if (check) {
      send(check, {subject: 'lti.get_data', key: check.dataset.key}, function (data) {
        if (data.value === check.dataset.state) {
          check.querySelector('form').submit();
        } else {
          fail('The state of this launch is not the one this browser started.');
        }
      });
    }
  });
}());
