'use strict'
// The ltijs peer of Proficio's launch benchmark (bench/…/LtiPeer.java copies this file next to its npm
// install and runs it). An LTI 1.3 tool as the ltijs documentation sets one up: Provider with the
// ltijs-sequelize plugin on PostgreSQL, the default routes (/login, / as the app route and target link
// URI, /keys), and an onConnect that answers a small first page from the launch's token. The one
// platform, the test platform of the benchmark, is registered from the environment after deploy.
// Listens on 127.0.0.1 only; answers 200 on /keys once the platform is registered.

const lti = require('ltijs').Provider
const Database = require('ltijs-sequelize')

function env (name, fallback) {
  const value = process.env[name]
  if (value !== undefined) return value
  if (fallback !== undefined) return fallback
  console.error('ltijs-peer: the environment variable ' + name + ' is missing')
  process.exit(2)
}

const port = Number(env('LTIJS_PORT'))
const deploymentId = env('PLATFORM_DEPLOYMENT_ID')

const db = new Database(env('LTIJS_DB_NAME'), env('LTIJS_DB_USER'), env('LTIJS_DB_PASSWORD', ''), {
  host: env('LTIJS_DB_HOST'),
  port: Number(env('LTIJS_DB_PORT')),
  dialect: 'postgres',
  logging: false
})

lti.setup(env('LTIJS_KEY'), { plugin: db }, {
  // The launch is cross-site (the LMS embeds the tool), so the state cookie of /login must come back
  // with the platform's form post: SameSite=None, which browsers keep only with Secure. Browsers hold
  // http://127.0.0.1 a secure context and keep Secure cookies there; Express sets them over plain http.
  // So no devMode, which would skip the state and session cookie checks.
  cookies: { secure: true, sameSite: 'None' },
  devMode: false
})

function escapeHtml (text) {
  return String(text === undefined || text === null ? '' : text).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c])
}

// ltijs 5 keeps no deployments of a platform (registerPlatform has no such field; the id_token's
// deployment_id is only checked to be there), so the tool checks it, as Proficio does.
lti.onConnect((token, req, res) => {
  if (token.deploymentId !== deploymentId) {
    return res.status(403).send('Unknown deployment ' + escapeHtml(token.deploymentId))
  }
  const context = (token.platformContext && token.platformContext.context) || {}
  res.set('Cache-Control', 'no-store')
  return res.send('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + escapeHtml(context.title) +
    '</title></head><body><h1>Hello, ' + escapeHtml(token.userInfo && token.userInfo.name) + '</h1><p>' +
    escapeHtml(context.label) + ' · ' + escapeHtml(context.title) + '</p><p data-user="' + escapeHtml(token.user) +
    '">Your activities will appear here.</p></body></html>')
})

async function main () {
  // serverless: ltijs connects to the database but starts no server of its own, whose listen(port)
  // would bind every interface; the benchmark's peer listens on the loopback address only.
  await lti.deploy({ serverless: true, silent: true })
  await lti.registerPlatform({
    url: env('PLATFORM_ISSUER'),
    name: 'Proficio benchmark platform',
    clientId: env('PLATFORM_CLIENT_ID'),
    authenticationEndpoint: env('PLATFORM_AUTH_URL'),
    accesstokenEndpoint: env('PLATFORM_TOKEN_URL'),
    authConfig: { method: 'JWK_SET', key: env('PLATFORM_JWKS_URL') }
  })
  const server = lti.app.listen(port, '127.0.0.1', () => {
    console.log('ltijs-peer: listening on http://127.0.0.1:' + port + ' for ' + env('PLATFORM_ISSUER'))
  })
  server.on('error', err => {
    console.error('ltijs-peer: ' + err.message)
    process.exit(1)
  })
  const stop = async () => {
    server.close()
    await lti.close({ silent: true })
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch(err => {
  console.error('ltijs-peer: ', err)
  process.exit(1)
})
