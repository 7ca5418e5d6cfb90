package jp.madoguchi.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void ipv4AddressesAreCountedOneByOne() {
        assertThat(ClientKey.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientKey.of("203.0.113.8")).isNotEqualTo(ClientKey.of("203.0.113.7"));
    }

    @Test
    void ipv6AddressesOfOneSlash64AreOneClientHoweverTheyAreWritten() {
        String key = ClientKey.of("2001:db8:1:2::1");

        assertThat(ClientKey.of("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(ClientKey.of("2001:0db8:0001:0002:0000:0000:0000:0042")).isEqualTo(key);
        assertThat(ClientKey.of("2001:db8:1:3::1")).isNotEqualTo(key);
    }

    @Test
    void anIpv4MappedIpv6AddressIsItsIpv4Address() {
        assertThat(ClientKey.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
