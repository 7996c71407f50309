package dev.paydesk.bootstrap;

/** {@code java -jar bootstrap/target/paydesk.jar}: configuration from the environment (API.md). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Configuration configuration;
        try {
            configuration = Configuration.fromEnvironment(System.getenv());
        } catch (InvalidConfigurationException invalid) {
            System.err.println(invalid.getMessage());
            System.exit(2);
            return;
        }
        PaydeskServer server = PaydeskServer.start(configuration);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "paydesk-shutdown"));
        server.printWelcome(System.out);
    }
}
