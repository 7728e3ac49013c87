import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.Constants;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
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
        // What the classes are made from: the migrations, these settings and jOOQ's version. The
        // classes are made again whenever any of them changed.
        String source = fingerprint(migrations, configuration(output));
        if (Files.exists(stamp) && Files.readString(stamp).equals(source)) {
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
        Files.writeString(stamp, source);
    }

    private static Configuration configuration(Path output) {
        return new Configuration().withGenerator(new Generator()
                .withDatabase(new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        .withIncludes(".*")
                        .withExcludes("flyway_schema_history")
                        .withIncludeRoutines(false)
                        .withIncludeUDTs(false)
                        // A user's status is the product's enum in Java, text in the database.
                        .withForcedTypes(new ForcedType()
                                .withUserType("org.extranet.base.UserStatus")
                                .withEnumConverter(true)
                                .withIncludeExpression("public\\.app_user\\.status")))
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

    private static String fingerprint(Path migrations, Configuration configuration) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(Constants.VERSION.getBytes(StandardCharsets.UTF_8));
        digest.update(configuration.toString().getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
