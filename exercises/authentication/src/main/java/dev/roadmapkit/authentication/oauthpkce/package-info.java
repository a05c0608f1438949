/**
 * Exercise {@code authentication/oauth-pkce}: the client side of the OAuth 2.0 authorization code
 * flow with PKCE (RFC 7636, S256): build the authorization request, check {@code state} on the way
 * back, and exchange the code at the token endpoint.
 */
package dev.roadmapkit.authentication.oauthpkce;
