import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the schema as a real PostgreSQL has it after the Flyway
 * migrations ran: jOOQ's DDL simulation does not understand PostgreSQL's expression indexes and
 * extensions. Run by the build (exec-maven-plugin, Java's source launcher):
 * {@code java -cp <test classpath> JooqCodegen.java <migrations folder> <output folder>}.
 */
public class JooqCodegen {

    private static final String PACKAGE = "org.extranet.db";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".generated");
        if (Files.exists(stamp) && newestChange(migrations).compareTo(Files.getLastModifiedTime(stamp)) < 0) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            try (var connection = dataSource.getConnection()) {
                GenerationTool tool = new GenerationTool();
                tool.setConnection(connection);
                tool.run(configuration(output));
            }
        }
        Files.createDirectories(output);
        Files.writeString(stamp, "");
    }

    private static Configuration configuration(Path output) {
        return new Configuration().withGenerator(new Generator()
                .withDatabase(new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        .withIncludes(".*")
                        .withExcludes("flyway_schema_history")
                        .withIncludeRoutines(false)
                        .withIncludeUDTs(false))
                .withGenerate(new Generate()
                        .withJavaTimeTypes(true)
                        .withRecords(true)
                        .withPojos(false)
                        .withDaos(false)
                        .withGlobalObjectReferences(true))
                .withTarget(new Target()
                        .withPackageName(PACKAGE)
                        .withDirectory(output.toAbsolutePath().toString())
                        .withClean(true)));
    }

    private static FileTime newestChange(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            FileTime newest = Files.getLastModifiedTime(folder);
            for (Path file : (Iterable<Path>) files::iterator) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.compareTo(newest) > 0) {
                    newest = modified;
                }
            }
            return newest;
        }
    }
}
