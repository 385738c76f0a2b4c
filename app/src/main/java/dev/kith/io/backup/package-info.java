/**
 * The JSON backup of a book: {@code {"format": "kith-backup", "version": 1, ...sections}}. Each
 * kind of record is a {@link dev.kith.io.backup.BackupSection}; a feature that adds tables adds a
 * section to {@link dev.kith.io.backup.BackupSections#ALL} (see docs/cli.md, "Backup format").
 */
package dev.kith.io.backup;
