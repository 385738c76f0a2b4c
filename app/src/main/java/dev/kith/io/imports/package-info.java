/**
 * Importers: each format's reader turns a file into validated {@link dev.kith.io.imports.Row}s
 * (or an {@link dev.kith.io.ImportException} naming the line), and {@link dev.kith.io.imports.Merger}
 * folds the rows into the book by the merge rules of docs/decisions.md, in one transaction.
 */
package dev.kith.io.imports;
