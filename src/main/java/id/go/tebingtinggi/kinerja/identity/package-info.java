/**
 * Who may log in and what they may do: Camunda users and groups kept in step with the roster, engine
 * authorizations, and authentication of the engine REST API and the application's own API.
 */
package id.go.tebingtinggi.kinerja.identity;
