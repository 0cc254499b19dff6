package io.github.stepadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** {@code advisor serve} refuses what it cannot serve with exit 2 and one line each, before listening. */
class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Result result = Cli.run("serve", "--port", "70000");

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.err()).contains("--port: 70000 is not a port; use 0-65535");
    }

    @Test
    void anUnreadableCatalogueStopsItWithTheCataloguesProblem() {
        Cli.Result result = Cli.run("serve", "--port", "0", "--catalogue", "no-such-catalogue.csv");

        assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("advisor serve: no-such-catalogue.csv: ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aPortInUseIsSaidInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result result = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(result.exit()).isEqualTo(AdvisorCommand.INVALID);
            assertThat(result.errLines()).singleElement().asString()
                    .startsWith("advisor serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }
}
