/** A tool built on leverage-core, as a module: all it needs is this one {@code requires}. */
module dev.leverage.consumer {
  requires dev.leverage.core;
}
