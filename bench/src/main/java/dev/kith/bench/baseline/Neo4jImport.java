package dev.kith.bench.baseline;

import dev.kith.bench.paths.EdgeList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;

/**
 * Writes a graph as a new, offline Neo4j database with Neo4j's own bulk importer (the one behind
 * {@code neo4j-admin database import}): node {@code v} of the edge list becomes node id {@code v},
 * labelled {@code P}, and each edge one {@code KNOWS} relationship, with no properties and no
 * indexes. The database is then started like any other. Neo4j's importer clears off-heap buffers
 * through {@code java.nio} internals, so it needs the JVM flag
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the {@code kith} launcher gives it for
 * {@code bench paths}); {@link #usable()} tells whether it was given.
 */
final class Neo4jImport {
    private static final int CHUNK = 100_000;
    private static final String[] LABELS = {"P"};

    private Neo4jImport() {
    }

    /** Whether this JVM lets Neo4j's importer reach {@code java.nio} internals. */
    static boolean usable() {
        return ByteBuffer.class.getModule().isOpen("java.nio", Neo4jImport.class.getModule());
    }

    /** Imports {@code graph} as the default database under the Neo4j home {@code home}, which must hold no database yet. */
    static void into(Path home, EdgeList graph) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        DatabaseLayout layout = DatabaseLayout.of(config);
        int[] from = graph.from();
        int[] to = graph.to();
        Input input = Input.input(
                chunks(graph.nodes(), (i, entity) -> {
                    entity.id(i);
                    entity.labels(LABELS);
                }),
                chunks(from.length, (i, entity) -> {
                    entity.startId(from[i]);
                    entity.endId(to[i]);
                    entity.type(Neo4jStore.KNOWS.name());
                }),
                IdType.ACTUAL, Input.knownEstimates(graph.nodes(), from.length, 0, 0, 0, 0, 1), ReadableGroups.EMPTY,
                false);
        Configuration limits = new Configuration() {
            @Override
            public long maxOffHeapMemory() {
                return ByteUnit.gibiBytes(2);
            }
        };
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler();
                BatchImporter importer = BatchImporterFactory.withHighestPriority().instantiate(layout, fs,
                        PageCacheTracer.NULL, limits, NullLogService.getInstance(), ExecutionMonitor.INVISIBLE,
                        DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR,
                        scheduler, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                        new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                        CursorContextFactory.NULL_CONTEXT_FACTORY, DatabaseCreationOptions.EMPTY_CREATION_OPTIONS)) {
            importer.doImport(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Neo4j's importer failed", e);
        }
    }

    /** Describes entity {@code i} to the importer. */
    private interface Entity {
        void describe(int i, InputEntityVisitor entity) throws IOException;
    }

    /** Entities 0 to {@code count - 1}, handed to the importer's threads {@value #CHUNK} at a time. */
    private static InputIterable chunks(int count, Entity entity) {
        return () -> new InputIterator() {
            private int next;

            @Override
            public InputChunk newChunk() {
                return new Range(entity);
            }

            @Override
            public synchronized boolean next(InputChunk chunk) {
                if (next >= count) {
                    return false;
                }
                Range range = (Range) chunk;
                range.position = next;
                range.end = Math.min(count, next + CHUNK);
                next = range.end;
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    /** One chunk: the entities from {@code position} up to {@code end}. */
    private static final class Range implements InputChunk {
        private final Entity entity;
        private int position;
        private int end;

        Range(Entity entity) {
            this.entity = entity;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (position >= end) {
                return false;
            }
            entity.describe(position++, visitor);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
