// Passkeys and security keys (WebAuthn) on the login and two-factor pages.
// Needs allauth's mfa/js/webauthn-json.js and mfa/js/webauthn.js loaded before this file. Without JavaScript (or
// without WebAuthn in the browser) the passkey parts stay hidden and the code forms work as before.
(function () {
  'use strict'
  function start () {
    const forms = window.allauth && window.allauth.webauthn && window.allauth.webauthn.forms
    if (!forms || !window.PublicKeyCredential) return
    document.querySelectorAll('[data-webauthn-only]').forEach(function (element) {
      element.hidden = false
    })
    document.querySelectorAll('[data-webauthn-form]').forEach(function (element) {
      const setup = forms[element.dataset.webauthnForm]
      if (typeof setup === 'function') setup(JSON.parse(element.dataset.webauthnArgs))
    })
    // allauth reports a failed or cancelled ceremony as an event; show our message instead of the console.
    document.addEventListener('allauth.error', function (event) {
      const message = document.querySelector('[data-webauthn-error]')
      if (message) {
        message.hidden = false
        event.preventDefault()
      }
    })
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start)
  } else {
    start()
  }
})()
