"""The publish queue window: what waits to go to the site, what is scheduled there, what went live."""
