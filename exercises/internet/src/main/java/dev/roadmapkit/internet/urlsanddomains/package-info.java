/**
 * Exercise {@code internet/urls-and-domains}: resolve relative references as RFC 3986 specifies,
 * normalise URIs, and validate domain names, internationalised ones included.
 */
package dev.roadmapkit.internet.urlsanddomains;
