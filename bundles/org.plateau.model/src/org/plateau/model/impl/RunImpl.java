/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.plateau.model.PlateauPackage;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.impl.RunImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getStepsCompleted <em>Steps Completed</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getWallTimeSeconds <em>Wall Time Seconds</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getMetricsFile <em>Metrics File</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getTheoryFile <em>Theory File</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getManifestFile <em>Manifest File</em>}</li>
 *   <li>{@link org.plateau.model.impl.RunImpl#getSnapshotsFolder <em>Snapshots Folder</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunImpl extends MinimalEObjectImpl.Container implements Run {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected Date started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.RUNNING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepsCompleted() <em>Steps Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsCompleted()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_COMPLETED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStepsCompleted() <em>Steps Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsCompleted()
	 * @generated
	 * @ordered
	 */
	protected long stepsCompleted = STEPS_COMPLETED_EDEFAULT;

	/**
	 * The default value of the '{@link #getWallTimeSeconds() <em>Wall Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWallTimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double WALL_TIME_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWallTimeSeconds() <em>Wall Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWallTimeSeconds()
	 * @generated
	 * @ordered
	 */
	protected double wallTimeSeconds = WALL_TIME_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetricsFile() <em>Metrics File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String METRICS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricsFile() <em>Metrics File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricsFile()
	 * @generated
	 * @ordered
	 */
	protected String metricsFile = METRICS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheoryFile() <em>Theory File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoryFile()
	 * @generated
	 * @ordered
	 */
	protected static final String THEORY_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheoryFile() <em>Theory File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheoryFile()
	 * @generated
	 * @ordered
	 */
	protected String theoryFile = THEORY_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManifestFile() <em>Manifest File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestFile()
	 * @generated
	 * @ordered
	 */
	protected static final String MANIFEST_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManifestFile() <em>Manifest File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifestFile()
	 * @generated
	 * @ordered
	 */
	protected String manifestFile = MANIFEST_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnapshotsFolder() <em>Snapshots Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotsFolder()
	 * @generated
	 * @ordered
	 */
	protected static final String SNAPSHOTS_FOLDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSnapshotsFolder() <em>Snapshots Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotsFolder()
	 * @generated
	 * @ordered
	 */
	protected String snapshotsFolder = SNAPSHOTS_FOLDER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(Date newStarted) {
		Date oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStepsCompleted() {
		return stepsCompleted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsCompleted(long newStepsCompleted) {
		long oldStepsCompleted = stepsCompleted;
		stepsCompleted = newStepsCompleted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__STEPS_COMPLETED, oldStepsCompleted, stepsCompleted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWallTimeSeconds() {
		return wallTimeSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWallTimeSeconds(double newWallTimeSeconds) {
		double oldWallTimeSeconds = wallTimeSeconds;
		wallTimeSeconds = newWallTimeSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__WALL_TIME_SECONDS, oldWallTimeSeconds, wallTimeSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricsFile() {
		return metricsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricsFile(String newMetricsFile) {
		String oldMetricsFile = metricsFile;
		metricsFile = newMetricsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__METRICS_FILE, oldMetricsFile, metricsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheoryFile() {
		return theoryFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheoryFile(String newTheoryFile) {
		String oldTheoryFile = theoryFile;
		theoryFile = newTheoryFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__THEORY_FILE, oldTheoryFile, theoryFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManifestFile() {
		return manifestFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifestFile(String newManifestFile) {
		String oldManifestFile = manifestFile;
		manifestFile = newManifestFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__MANIFEST_FILE, oldManifestFile, manifestFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSnapshotsFolder() {
		return snapshotsFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshotsFolder(String newSnapshotsFolder) {
		String oldSnapshotsFolder = snapshotsFolder;
		snapshotsFolder = newSnapshotsFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.RUN__SNAPSHOTS_FOLDER, oldSnapshotsFolder, snapshotsFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlateauPackage.RUN__ID:
				return getId();
			case PlateauPackage.RUN__STARTED:
				return getStarted();
			case PlateauPackage.RUN__STATUS:
				return getStatus();
			case PlateauPackage.RUN__MESSAGE:
				return getMessage();
			case PlateauPackage.RUN__STEPS_COMPLETED:
				return getStepsCompleted();
			case PlateauPackage.RUN__WALL_TIME_SECONDS:
				return getWallTimeSeconds();
			case PlateauPackage.RUN__LOCATION:
				return getLocation();
			case PlateauPackage.RUN__METRICS_FILE:
				return getMetricsFile();
			case PlateauPackage.RUN__THEORY_FILE:
				return getTheoryFile();
			case PlateauPackage.RUN__MANIFEST_FILE:
				return getManifestFile();
			case PlateauPackage.RUN__SNAPSHOTS_FOLDER:
				return getSnapshotsFolder();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlateauPackage.RUN__ID:
				setId((String)newValue);
				return;
			case PlateauPackage.RUN__STARTED:
				setStarted((Date)newValue);
				return;
			case PlateauPackage.RUN__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case PlateauPackage.RUN__MESSAGE:
				setMessage((String)newValue);
				return;
			case PlateauPackage.RUN__STEPS_COMPLETED:
				setStepsCompleted((Long)newValue);
				return;
			case PlateauPackage.RUN__WALL_TIME_SECONDS:
				setWallTimeSeconds((Double)newValue);
				return;
			case PlateauPackage.RUN__LOCATION:
				setLocation((String)newValue);
				return;
			case PlateauPackage.RUN__METRICS_FILE:
				setMetricsFile((String)newValue);
				return;
			case PlateauPackage.RUN__THEORY_FILE:
				setTheoryFile((String)newValue);
				return;
			case PlateauPackage.RUN__MANIFEST_FILE:
				setManifestFile((String)newValue);
				return;
			case PlateauPackage.RUN__SNAPSHOTS_FOLDER:
				setSnapshotsFolder((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlateauPackage.RUN__ID:
				setId(ID_EDEFAULT);
				return;
			case PlateauPackage.RUN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case PlateauPackage.RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlateauPackage.RUN__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case PlateauPackage.RUN__STEPS_COMPLETED:
				setStepsCompleted(STEPS_COMPLETED_EDEFAULT);
				return;
			case PlateauPackage.RUN__WALL_TIME_SECONDS:
				setWallTimeSeconds(WALL_TIME_SECONDS_EDEFAULT);
				return;
			case PlateauPackage.RUN__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case PlateauPackage.RUN__METRICS_FILE:
				setMetricsFile(METRICS_FILE_EDEFAULT);
				return;
			case PlateauPackage.RUN__THEORY_FILE:
				setTheoryFile(THEORY_FILE_EDEFAULT);
				return;
			case PlateauPackage.RUN__MANIFEST_FILE:
				setManifestFile(MANIFEST_FILE_EDEFAULT);
				return;
			case PlateauPackage.RUN__SNAPSHOTS_FOLDER:
				setSnapshotsFolder(SNAPSHOTS_FOLDER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlateauPackage.RUN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case PlateauPackage.RUN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case PlateauPackage.RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlateauPackage.RUN__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case PlateauPackage.RUN__STEPS_COMPLETED:
				return stepsCompleted != STEPS_COMPLETED_EDEFAULT;
			case PlateauPackage.RUN__WALL_TIME_SECONDS:
				return wallTimeSeconds != WALL_TIME_SECONDS_EDEFAULT;
			case PlateauPackage.RUN__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case PlateauPackage.RUN__METRICS_FILE:
				return METRICS_FILE_EDEFAULT == null ? metricsFile != null : !METRICS_FILE_EDEFAULT.equals(metricsFile);
			case PlateauPackage.RUN__THEORY_FILE:
				return THEORY_FILE_EDEFAULT == null ? theoryFile != null : !THEORY_FILE_EDEFAULT.equals(theoryFile);
			case PlateauPackage.RUN__MANIFEST_FILE:
				return MANIFEST_FILE_EDEFAULT == null ? manifestFile != null : !MANIFEST_FILE_EDEFAULT.equals(manifestFile);
			case PlateauPackage.RUN__SNAPSHOTS_FOLDER:
				return SNAPSHOTS_FOLDER_EDEFAULT == null ? snapshotsFolder != null : !SNAPSHOTS_FOLDER_EDEFAULT.equals(snapshotsFolder);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", started: ");
		result.append(started);
		result.append(", status: ");
		result.append(status);
		result.append(", message: ");
		result.append(message);
		result.append(", stepsCompleted: ");
		result.append(stepsCompleted);
		result.append(", wallTimeSeconds: ");
		result.append(wallTimeSeconds);
		result.append(", location: ");
		result.append(location);
		result.append(", metricsFile: ");
		result.append(metricsFile);
		result.append(", theoryFile: ");
		result.append(theoryFile);
		result.append(", manifestFile: ");
		result.append(manifestFile);
		result.append(", snapshotsFolder: ");
		result.append(snapshotsFolder);
		result.append(')');
		return result.toString();
	}

} //RunImpl
