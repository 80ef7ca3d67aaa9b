"""The impact statistics read other apps' tables; this app stores nothing."""
