/** Implementation details shared by the packages of the module; not exported. */
package dev.leverage.internal;
