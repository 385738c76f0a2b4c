/**
 * The article library and sharing: articles the user keeps (Kith never fetches them), the contacts
 * who would benefit most from each, with the reasons, and shares recorded as <em>gave</em> interactions.
 */
package dev.kith.articles;
