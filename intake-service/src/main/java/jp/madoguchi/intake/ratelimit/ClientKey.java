package jp.madoguchi.intake.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Whom a request is counted against: an IPv4 address as it is, an IPv6 address by its /64 prefix. One household or
 * server is given a whole /64 and can take a fresh address from it for every request, so counting full IPv6
 * addresses would let a single client pass the limit as 2^64 clients.
 */
final class ClientKey {

    private ClientKey() {
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // A literal address: getByName parses it without a name lookup.
            byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
