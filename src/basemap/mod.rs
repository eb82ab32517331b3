//! The offline basemap (GSHHG coastline, the Neva, the railways of 1917), decoded from
//! `assets/basemap/` so the map needs no tile server.
