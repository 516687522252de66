"""Field packages for pokja (cut, QField project, field sheet) and their merge into the master."""
