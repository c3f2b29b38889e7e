/**
 * Replyguard on Kafka Streams: a topology for inbound posts (advice, redaction, outage bursts,
 * first-response tracking) and reply drafts (verdicts with a boilerplate memory per brand),
 * scaled out across stream threads and instances.
 */
module io.replyguard.kafka {
  requires transitive io.replyguard.core; // the builder takes core configuration types
  // kafka-streams and kafka-clients 4.2.0 have no module descriptor and no Automatic-Module-Name:
  // the names come from the jar file names.
  requires transitive kafka.streams; // the public API adds to a StreamsBuilder, builds a Topology
  requires kafka.clients;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports io.replyguard.kafka;
}
