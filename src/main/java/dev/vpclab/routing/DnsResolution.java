package dev.vpclab.routing;

import dev.vpclab.i18n.Message;
import dev.vpclab.net.IpAddress;
import java.util.List;
import java.util.Objects;

/**
 * How a flow's destination name was resolved: by which resolver, with what answer, of which kind,
 * and which record or zone answered.
 */
public record DnsResolution(
        String name,
        String resolver,
        boolean ok,
        List<IpAddress> answer,
        AnswerKind answerKind,
        Message via) {
    public DnsResolution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolver, "resolver");
        answer = List.copyOf(answer);
        Objects.requireNonNull(answerKind, "answerKind");
        Objects.requireNonNull(via, "via");
    }

    /** What kind of address the answer is. */
    public enum AnswerKind {
        PUBLIC_SERVICE_IP("publicServiceIp"),
        ENDPOINT_ENI_PRIVATE_IP("endpointEniPrivateIp"),
        OTHER("other"),
        NONE("none");

        private final String wireName;

        AnswerKind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        @Override
        public String toString() {
            return wireName;
        }
    }
}
