/* The command line: the closed tables of subcommands and options, argument
 * parsing, and the subcommands themselves. Results on stdout, chatter on stderr.
 * Exit codes: 0 accepted (or success), 1 not accepted, 2 usage or package error,
 * 3 internal error. */
#ifndef CLI_H
#define CLI_H

int cli_main(int argc, char **argv);

#endif
