/**
 * The app: the composition root. {@link dev.kith.app.Kith} opens one book and wires its features,
 * handing each its collaborators through its constructor, and lists the plug-ins: the network's edge
 * sources and Today's action kinds ({@link dev.kith.app.Kinds}). The command line, the web server and
 * the demo work with a {@code Kith}; no feature looks another up.
 */
package dev.kith.app;
