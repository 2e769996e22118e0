/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The record of one run of an experiment. The results themselves are files outside the model, found from location and the file names below.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.Run#getId <em>Id</em>}</li>
 *   <li>{@link org.plateau.model.Run#getStarted <em>Started</em>}</li>
 *   <li>{@link org.plateau.model.Run#getStatus <em>Status</em>}</li>
 *   <li>{@link org.plateau.model.Run#getMessage <em>Message</em>}</li>
 *   <li>{@link org.plateau.model.Run#getStepsCompleted <em>Steps Completed</em>}</li>
 *   <li>{@link org.plateau.model.Run#getWallTimeSeconds <em>Wall Time Seconds</em>}</li>
 *   <li>{@link org.plateau.model.Run#getLocation <em>Location</em>}</li>
 *   <li>{@link org.plateau.model.Run#getMetricsFile <em>Metrics File</em>}</li>
 *   <li>{@link org.plateau.model.Run#getTheoryFile <em>Theory File</em>}</li>
 *   <li>{@link org.plateau.model.Run#getManifestFile <em>Manifest File</em>}</li>
 *   <li>{@link org.plateau.model.Run#getSnapshotsFolder <em>Snapshots Folder</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the run, unique within the experiment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.plateau.model.PlateauPackage#getRun_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the run started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(Date)
	 * @see org.plateau.model.PlateauPackage#getRun_Started()
	 * @model
	 * @generated
	 */
	Date getStarted();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.plateau.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the run is going or how it ended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.plateau.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.plateau.model.PlateauPackage#getRun_Status()
	 * @model
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.plateau.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable explanation of the status, e.g. why the run failed or diverged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.plateau.model.PlateauPackage#getRun_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Steps Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of training steps completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps Completed</em>' attribute.
	 * @see #setStepsCompleted(long)
	 * @see org.plateau.model.PlateauPackage#getRun_StepsCompleted()
	 * @model
	 * @generated
	 */
	long getStepsCompleted();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getStepsCompleted <em>Steps Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps Completed</em>' attribute.
	 * @see #getStepsCompleted()
	 * @generated
	 */
	void setStepsCompleted(long value);

	/**
	 * Returns the value of the '<em><b>Wall Time Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall-clock time the run took, in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wall Time Seconds</em>' attribute.
	 * @see #setWallTimeSeconds(double)
	 * @see org.plateau.model.PlateauPackage#getRun_WallTimeSeconds()
	 * @model
	 * @generated
	 */
	double getWallTimeSeconds();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getWallTimeSeconds <em>Wall Time Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wall Time Seconds</em>' attribute.
	 * @see #getWallTimeSeconds()
	 * @generated
	 */
	void setWallTimeSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder of the run's results, relative to the folder of the .plateau file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.plateau.model.PlateauPackage#getRun_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Metrics File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File of the recorded metrics, relative to location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics File</em>' attribute.
	 * @see #setMetricsFile(String)
	 * @see org.plateau.model.PlateauPackage#getRun_MetricsFile()
	 * @model
	 * @generated
	 */
	String getMetricsFile();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getMetricsFile <em>Metrics File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metrics File</em>' attribute.
	 * @see #getMetricsFile()
	 * @generated
	 */
	void setMetricsFile(String value);

	/**
	 * Returns the value of the '<em><b>Theory File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File of the theoretical predictions, relative to location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theory File</em>' attribute.
	 * @see #setTheoryFile(String)
	 * @see org.plateau.model.PlateauPackage#getRun_TheoryFile()
	 * @model
	 * @generated
	 */
	String getTheoryFile();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getTheoryFile <em>Theory File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory File</em>' attribute.
	 * @see #getTheoryFile()
	 * @generated
	 */
	void setTheoryFile(String value);

	/**
	 * Returns the value of the '<em><b>Manifest File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File describing the run (versions, seed, settings), relative to location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manifest File</em>' attribute.
	 * @see #setManifestFile(String)
	 * @see org.plateau.model.PlateauPackage#getRun_ManifestFile()
	 * @model
	 * @generated
	 */
	String getManifestFile();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getManifestFile <em>Manifest File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifest File</em>' attribute.
	 * @see #getManifestFile()
	 * @generated
	 */
	void setManifestFile(String value);

	/**
	 * Returns the value of the '<em><b>Snapshots Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder of the weight-matrix snapshots, relative to location.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshots Folder</em>' attribute.
	 * @see #setSnapshotsFolder(String)
	 * @see org.plateau.model.PlateauPackage#getRun_SnapshotsFolder()
	 * @model
	 * @generated
	 */
	String getSnapshotsFolder();

	/**
	 * Sets the value of the '{@link org.plateau.model.Run#getSnapshotsFolder <em>Snapshots Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshots Folder</em>' attribute.
	 * @see #getSnapshotsFolder()
	 * @generated
	 */
	void setSnapshotsFolder(String value);

} // Run
