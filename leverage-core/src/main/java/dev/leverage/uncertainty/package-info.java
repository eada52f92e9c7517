/** Three-point estimates and what follows from them (§5 of the model). */
package dev.leverage.uncertainty;
