/**
 * The local web app and REST API behind {@code kith serve}: server-rendered JTE pages with htmx
 * for inline actions, a JSON API under {@code /api/v1} described by {@code /api/openapi.json}, and
 * the guards a server on localhost needs (Host check, CSRF token, CSP, no CORS).
 */
package dev.kith.web;
