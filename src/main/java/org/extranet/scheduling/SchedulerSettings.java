package org.extranet.scheduling;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code extranet.scheduler.*}: how this node takes part in the scheduled work.
 *
 * @param enabled           false: this node runs no scheduled work (the other nodes do it all)
 * @param pollingInterval   how often the node looks for work that is due
 * @param heartbeatInterval how often a node running a task says it is alive; after six missed
 *                          heartbeats another node takes the run over
 * @param nodeName          the name a node's runs are recorded under; unset: host name, process id
 *                          and a random suffix
 * @param shutdownMaxWait   how long stopping waits for a task being run before interrupting it
 */
@ConfigurationProperties("extranet.scheduler")
public record SchedulerSettings(@DefaultValue("true") boolean enabled,
                                @DefaultValue("1s") Duration pollingInterval,
                                @DefaultValue("10s") Duration heartbeatInterval,
                                @Nullable String nodeName,
                                @DefaultValue("30s") Duration shutdownMaxWait) {
}
