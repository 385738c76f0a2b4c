/** Who knows whom: ties between contacts, with their kind, since-date and source. */
package dev.kith.network;
